using Shipcheck.Cli;
using Shipcheck.Core.Checklists.Loading;

// First, so YamlDotNet's one-time set-up runs on the second core while the command line is parsed (docs/benchmarks.md).
_ = LoaderWarmup.Start();
return await ShipcheckApp.RunAsync(args, CliConsole.FromProcess());
