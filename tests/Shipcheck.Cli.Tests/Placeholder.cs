namespace Shipcheck.Cli.Tests;
