namespace Shipcheck.Cli.Tests;

/// <summary>Values from --var reach shell commands as data, never as code.</summary>
public sealed class HostileVariableTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("$(touch pwned)")]
    [InlineData("`touch pwned`")]
    [InlineData("x; touch pwned")]
    [InlineData("x\ntouch pwned")]
    [InlineData("' ; touch pwned ; '")]
    [InlineData("\" ; touch pwned ; \"")]
    public async Task A_hostile_value_is_echoed_not_executed(string hostile)
    {
        var checklist = _temp.Write("hostile.yaml", """
            service: demo
            vars:
              name: safe
            deploy:
              - name: unquoted
                run: echo ${name} > unquoted.txt
              - name: quoted
                run: echo "value=${name}" > quoted.txt
            """);

        var result = await ShipcheckProcess.RunAsync(_temp.Path, null, "run", checklist, "--var", $"name={hostile}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(_temp.PathOf("pwned")), "the hostile value was executed");
        Assert.Equal($"value={hostile}\n", File.ReadAllText(_temp.PathOf("quoted.txt")));
    }
}
