namespace Shipcheck.Core.Checks.WebSockets;

/// <summary>What counts as a URL a <c>websocket</c> step can connect to.</summary>
internal static class WebSocketTargets
{
    public static bool IsWebSocketUrl(string text, out Uri uri) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out uri!) && (uri.Scheme == Uri.UriSchemeWs || uri.Scheme == Uri.UriSchemeWss);
}
