using System.Net;
using System.Text;

namespace Shipcheck.Core.Notifications;

/// <summary>POSTs the body as JSON (webhooks and Slack); a 2xx is delivered, a 408, 429 or 5xx is worth another try.</summary>
internal sealed class WebhookSender : INotificationSender
{
    // One client for every run of the process: connections are reused, and the try's token is the only timeout.
    private static readonly HttpClient Client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<TryResult> SendAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(notification.Destination, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return TryResult.Refused("not an http or https URL");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(notification.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.ParseAdd("shipcheck");
        try
        {
            using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            var detail = $"HTTP {status}";
            if (response.IsSuccessStatusCode)
            {
                return TryResult.Accepted(detail);
            }
            return status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500
                ? TryResult.Transient(detail)
                : TryResult.Refused(detail);
        }
        catch (HttpRequestException e)
        {
            return TryResult.Transient(e.HttpRequestError == HttpRequestError.Unknown ? e.Message : $"{e.HttpRequestError}: {e.Message}");
        }
    }
}
