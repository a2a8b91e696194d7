using Npgsql;
using Shipcheck.Core.Checks.Sql;

namespace Shipcheck.Core.Tests.Checks.Sql;

public sealed class PostgresUrlTests
{
    [Fact]
    public void Converts_user_password_host_port_database_and_parameters()
    {
        var converted = PostgresUrl.ToConnectionString("postgresql://market%40ops:p%3Ass%2Fword@db.internal:5433/ticks?sslmode=require&application_name=shipcheck");

        var builder = new NpgsqlConnectionStringBuilder(converted);
        Assert.Equal("db.internal", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("market@ops", builder.Username);
        Assert.Equal("p:ss/word", builder.Password);
        Assert.Equal("ticks", builder.Database);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("shipcheck", builder.ApplicationName);
    }

    [Fact]
    public void Keeps_npgsqls_default_port_when_the_url_has_none()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString("postgres://app@db.internal/market"));

        Assert.Equal(5432, builder.Port);
        Assert.Null(builder.Password);
    }

    [Theory]
    [InlineData("postgres://")]
    [InlineData("postgres://app@db.internal/market?no_such_setting=1")]
    public void Returns_null_for_a_url_it_cannot_convert(string url)
    {
        Assert.Null(PostgresUrl.ToConnectionString(url));
    }
}
