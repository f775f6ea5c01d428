namespace Ingestion.Parser.Core;

/// <summary>Space-separated attribute values ("class", "rel"), compared token by token and case-sensitively, as CSS's ~= and .class do.</summary>
internal static class AttributeTokens
{
    public static bool Contains(string list, string token)
    {
        foreach (var range in list.AsSpan().SplitAny(" \t\n\r\f"))
        {
            if (list.AsSpan(range).SequenceEqual(token))
            {
                return true;
            }
        }

        return false;
    }
}
