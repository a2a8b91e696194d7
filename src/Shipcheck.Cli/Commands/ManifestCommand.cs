using System.CommandLine;
using Shipcheck.Core.Artifacts;

namespace Shipcheck.Cli.Commands;

/// <summary><c>shipcheck manifest verify FILE</c>: recompute what a release manifest recorded and name every drift.</summary>
internal static class ManifestCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("manifest", "Release manifests (releases/manifest_vX.Y.Z.json).");
        command.Subcommands.Add(Verify(console));
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The manifest (releases/manifest_v1.2.0.json); its .sha256 must be beside it." };
        var root = new Option<string?>("--root")
        {
            HelpName = "DIR",
            Description = "The folder the manifest's paths are relative to. Default: the folder holding its releases/ folder, else the current one.",
        };
        var endpoint = new Option<string?>("--endpoint")
        {
            HelpName = "URL",
            Description = "The Docker engine for the images (unix:///…/docker.sock or tcp://host:2375). Default: DOCKER_HOST, else /var/run/docker.sock.",
        };
        var command = new Command("verify", "Check the manifest's .sha256, every file's size and SHA-256, the images' digests and the tag's commit. Exit 0 without drift, 1 with drift, 2 when the manifest cannot be read.")
        {
            file, root, endpoint,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            var current = Directory.GetCurrentDirectory();
            var rootPath = parse.GetValue(root) is { } given ? Path.GetFullPath(given) : ManifestVerifier.DefaultRoot(path, current);
            var verification = await ManifestVerifier.VerifyAsync(Path.GetFullPath(path), rootPath, parse.GetValue(endpoint), console.GetEnvironment, cancellationToken);
            if (verification.Error is { } error)
            {
                await console.Error.WriteLineAsync($"shipcheck: {error}");
                return ExitCodes.Usage;
            }
            foreach (var finding in verification.Findings)
            {
                await console.Out.WriteLineAsync(finding.ToString());
            }
            var manifest = verification.Manifest!;
            var drifts = verification.Drifts;
            await console.Out.WriteLineAsync(drifts == 0
                ? $"{path}: no drift ({manifest.Files.Count} files, {manifest.Images.Count} images, release {manifest.Version})"
                : $"{path}: {drifts} {(drifts == 1 ? "drift" : "drifts")} from release {manifest.Version}");
            return drifts == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
