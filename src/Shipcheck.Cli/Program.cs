using Shipcheck.Cli;

return await ShipcheckApp.RunAsync(args, CliConsole.FromProcess());
