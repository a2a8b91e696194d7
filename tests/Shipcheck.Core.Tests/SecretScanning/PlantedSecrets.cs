namespace Shipcheck.Core.Tests.SecretScanning;

/// <summary>Fake keys the tests plant in files, built at run time so no test source holds a key a scanner would flag.</summary>
internal static class PlantedSecrets
{
    public static readonly string AwsKey = "AKIA" + "Q3EGRTW5XJ7PLMN4";

    public static readonly string OtherAwsKey = "AKIA" + "ZB7HK2WQ9RMT5XNA";

    public static readonly string GithubToken = "ghp_" + "k3J9xQ2mZ7vR4tL8wN1pB6cY0dF5hG3sA9eU";
}
