namespace Shipcheck.Core.Checks;

/// <summary>Looks through an exception's inner exceptions, where network errors keep the cause a user needs.</summary>
internal static class ExceptionChain
{
    /// <summary>The first exception of type <typeparamref name="T"/> in the chain, or null.</summary>
    public static T? Find<T>(Exception exception) where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }
        }
        return null;
    }

    /// <summary>The deepest inner exception: usually the most specific message.</summary>
    public static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }
        return e;
    }
}
