using Shipcheck.Core.Checks.Sql;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.Sql;

public sealed class SqlKindValidationTests
{
    private readonly SqlKind _kind = new();

    [Theory]
    [InlineData("${DATABASE_URL}")]
    [InlineData("postgres://app@db.internal:5432/market")]
    [InlineData("Host=db.internal;Database=market")]
    [InlineData("sqlite:state/app.db")]
    [InlineData("state/app.sqlite")]
    public void Accepts_every_connection_form(string connection)
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("connection", connection), ("query", "SELECT 1"))).Items);
    }

    [Fact]
    public void Accepts_any_file_name_when_the_driver_is_sqlite()
    {
        Assert.Empty(TestOptions.Validate(_kind, TestOptions.Of(("connection", "state/app.data"), ("driver", "sqlite"), ("query", "SELECT 1"))).Items);
    }

    [Fact]
    public void Rejects_an_empty_query()
    {
        var options = TestOptions.Of(("connection", "sqlite:app.db"), ("query", "  "));

        Assert.Equal("the query is empty", Assert.Single(TestOptions.Validate(_kind, options).Items).Message);
    }

    [Fact]
    public void Rejects_a_connection_that_is_neither_postgres_nor_sqlite()
    {
        var options = TestOptions.Of(("connection", "mysql-primary"), ("query", "SELECT 1"));

        Assert.Equal("the connection is neither a PostgreSQL connection string or postgres:// URL nor a SQLite file (sqlite:PATH, *.db, *.sqlite)",
            Assert.Single(TestOptions.Validate(_kind, options).Items).Message);
    }

    [Fact]
    public void Rejects_a_broken_url_without_quoting_it()
    {
        var options = TestOptions.Of(("connection", "postgres://app:hunter2@:5432/x"), ("query", "SELECT 1"));

        var message = Assert.Single(TestOptions.Validate(_kind, options).Items).Message;

        Assert.DoesNotContain("hunter2", message);
        Assert.StartsWith("the postgres:// URL is not valid", message);
    }
}
