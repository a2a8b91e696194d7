using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.Docker;

/// <summary>
/// Runs one observation against the chosen engine and turns every way it can fail into an <c>error</c> result, so
/// the Docker probes never throw.
/// </summary>
internal static class EngineCall
{
    public static async Task<ProbeResult> RunAsync(
        Template? endpointOption, ProbeContext context, Func<DockerEngine, Task<ProbeResult>> observe)
    {
        var (endpoint, error) = EngineEndpointOption.Resolve(endpointOption, context);
        if (endpoint is null)
        {
            return ProbeResult.Failed(error!);
        }
        using var engine = new DockerEngine(endpoint);
        try
        {
            return await observe(engine);
        }
        catch (DockerEngineException e)
        {
            return ProbeResult.Failed(e.Message);
        }
        catch (OperationCanceledException)
        {
            return ProbeResult.Failed($"the Docker engine at {endpoint.Display} had not answered when the step ended (timeout or interrupt)");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return ProbeResult.Failed($"the connection to the Docker engine at {endpoint.Display} broke: {ExceptionChain.Innermost(e).Message}");
        }
    }
}
