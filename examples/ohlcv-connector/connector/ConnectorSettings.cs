using System.Globalization;

namespace OhlcvConnector;

/// <summary>Where the connector listens and which install folder it runs from.</summary>
/// <param name="WebSocketPort">The quote WebSocket port (the seed's 8765).</param>
/// <param name="HealthPort">The /health, /ready and /metrics port (the seed's 8766).</param>
/// <param name="InstallDirectory">The install folder: release.json, and logs/connector.log written beside it.</param>
public sealed record ConnectorSettings(int WebSocketPort, int HealthPort, string InstallDirectory)
{
    /// <summary>
    /// Reads arguments (--ws-port, --health-port, --install) or the seed's environment variables
    /// (CONNECTOR_WSS_PORT, CONNECTOR_WSS_HEALTH_CHECK_PORT); null with a reason when a value is wrong.
    /// </summary>
    public static ConnectorSettings? From(IConfiguration settings, out string? problem)
    {
        var ws = Port(settings["ws-port"] ?? settings["CONNECTOR_WSS_PORT"] ?? "8765", "the WebSocket port", out problem);
        var health = Port(settings["health-port"] ?? settings["CONNECTOR_WSS_HEALTH_CHECK_PORT"] ?? "8766", "the health port", out var healthProblem);
        problem ??= healthProblem;
        if (ws is null || health is null)
        {
            return null;
        }
        if (ws == health)
        {
            problem = $"the WebSocket port and the health port are both {ws}; give them different ports";
            return null;
        }
        var install = Path.GetFullPath(settings["install"] ?? ".");
        return new ConnectorSettings(ws.Value, health.Value, install);
    }

    private static int? Port(string text, string what, out string? problem)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
        {
            problem = null;
            return port;
        }
        problem = $"{what} '{text}' is not a port number (1-65535)";
        return null;
    }
}
