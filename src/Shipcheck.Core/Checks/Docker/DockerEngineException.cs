using System.Net.Sockets;
using Shipcheck.Core.Checks.Tcp;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>
/// The Docker engine could not be asked or gave no usable answer. Thrown only inside the Docker probes, which turn it
/// into an <c>error</c> step; every message is written here, once, and says what to check.
/// </summary>
internal sealed class DockerEngineException(string message) : Exception(message)
{
    private const string WhatToDo = "is dockerd running? set DOCKER_HOST or the step's endpoint";

    public static DockerEngineException Unreachable(DockerEndpoint endpoint, SocketException? socket, Exception cause)
    {
        if (endpoint.SocketPath is { } path && !File.Exists(path))
        {
            return new($"no Docker engine at {endpoint.Display}: the socket does not exist; {WhatToDo}");
        }
        return socket?.SocketErrorCode switch
        {
            SocketError.AccessDenied => new(
                $"permission denied on {endpoint.SocketPath ?? endpoint.Display}: run Shipcheck as a user in the docker group (or as root), or point DOCKER_HOST or endpoint at a socket it may use"),
            SocketError.ConnectionRefused => new($"no Docker engine answers at {endpoint.Display} (connection refused); {WhatToDo}"),
            { } code => new($"cannot reach the Docker engine at {endpoint.Display}: {SocketErrors.Describe(socket!)} ({code}); {WhatToDo}"),
            null => new($"cannot reach the Docker engine at {endpoint.Display}: {ExceptionChain.Innermost(cause).Message}; {WhatToDo}"),
        };
    }

    public static DockerEngineException NotDocker(DockerEndpoint endpoint, string request, string answer) =>
        new($"{endpoint.Display} answered {request} with {answer}, not the Docker Engine API's JSON: is it a Docker engine? check DOCKER_HOST or the step's endpoint");

    public static DockerEngineException Refused(DockerEndpoint endpoint, string request, int status, string message) =>
        new($"the Docker engine at {endpoint.Display} refused {request}: {message} (HTTP {status})");

    public static DockerEngineException TooOld(DockerEndpoint endpoint, string version) =>
        new($"the Docker engine at {endpoint.Display} speaks API {version}, older than the 1.25 Shipcheck needs: upgrade Docker");

    public static DockerEngineException BrokenStream(DockerEndpoint endpoint, string request, string problem) =>
        new($"the Docker engine at {endpoint.Display} sent a broken answer to {request}: {problem}");
}
