using Npgsql;

namespace Shipcheck.Core.Checks.Sql;

/// <summary>Converts <c>postgres://user:password@host:port/database?sslmode=require</c> into an Npgsql connection string.</summary>
internal static class PostgresUrl
{
    /// <summary>True when <paramref name="text"/> starts with <c>postgres://</c> or <c>postgresql://</c>.</summary>
    public static bool IsUrl(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The equivalent connection string, or null when the URL does not parse.</summary>
    public static string? ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
            if (uri.Port > 0)
            {
                builder.Port = uri.Port;
            }
            var user = uri.UserInfo.Split(':', 2);
            if (user[0].Length > 0)
            {
                builder.Username = Uri.UnescapeDataString(user[0]);
            }
            if (user.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(user[1]);
            }
            var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
            if (database.Length > 0)
            {
                builder.Database = database;
            }
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = pair.Split('=', 2);
                // libpq's URL parameters use the same names Npgsql accepts for the common ones (sslmode, application_name).
                builder[Uri.UnescapeDataString(parts[0]).Replace("_", " ", StringComparison.Ordinal)] =
                    parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
            }
            return builder.ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            return null;
        }
    }
}
