using System.Text.Json.Serialization;

namespace Shipcheck.Core.Checks.Kubernetes;

/// <summary>Reads kubectl's JSON without reflection; unknown fields (most of them) are skipped.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WorkloadJson))]
[JsonSerializable(typeof(PodListJson))]
internal sealed partial class KubectlJsonContext : JsonSerializerContext;
