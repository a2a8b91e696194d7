using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.WebSockets;

/// <summary>Load-time checks of a <c>websocket</c> step that the generic option check cannot make.</summary>
internal static class WebSocketOptionRules
{
    public static void Check(OptionValues options, DiagnosticBag diagnostics)
    {
        if (options.Text(WebSocketKind.UrlOption) is { IsLiteral: true } url && !WebSocketTargets.IsWebSocketUrl(url.Source, out _))
        {
            diagnostics.Add(options.SpanOf(WebSocketKind.UrlOption), $"'{url.Source}' is not an absolute ws:// or wss:// URL",
                "write the whole URL, for example ws://127.0.0.1:8765/quotes");
        }
        if (options.Get(WebSocketKind.ExpectMessagesOption, WebSocketOptions.DefaultExpectMessages) < 1)
        {
            diagnostics.Add(options.SpanOf(WebSocketKind.ExpectMessagesOption), "expect_messages must be at least 1",
                "use 1 or more (the default is 1)");
        }
        if (options.Get(WebSocketKind.WaitOption, WebSocketOptions.DefaultWait) <= TimeSpan.Zero)
        {
            diagnostics.Add(options.SpanOf(WebSocketKind.WaitOption), "wait must be longer than zero", "for example wait: 2s");
        }
    }
}
