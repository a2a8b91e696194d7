using Shipcheck.Core.Secrets;
using Shipcheck.Core.Store;

namespace Shipcheck.Core.Engine;

/// <summary>Masks every text field of a step record: nothing leaves the engine with a secret in it.</summary>
internal static class StepMasking
{
    public static StepRecord Mask(StepRecord step, SecretMasker masker) => step with
    {
        Name = masker.Mask(step.Name),
        ObservationsJson = masker.Mask(step.ObservationsJson),
        Output = masker.MaskOrNull(step.Output),
        Message = masker.MaskOrNull(step.Message),
        Expectations = [.. step.Expectations.Select(e => e with
        {
            Expression = masker.Mask(e.Expression),
            Explanation = masker.Mask(e.Explanation),
        })],
    };
}
