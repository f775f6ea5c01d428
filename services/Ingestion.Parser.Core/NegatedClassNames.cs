namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section class="row non-paywall"&gt;&lt;article&gt;…headline, byline, picture, the text's free opening…&lt;/article&gt;&lt;/section&gt;
/// &lt;section class="row paywall"&gt;…subscription offers, log-in form…&lt;/section&gt;": a template that marks the box behind its
/// wall marks the free part beside it "non-paywall". A furniture word after "non-", "no-" or "not-" names what the box is
/// not; only the plain word names furniture.
/// </summary>
internal static class NegatedClassNames
{
    private static readonly string[] Negations = ["non-", "no-", "not-"];

    /// <summary>The class without its negated names ("row non-paywall" → "row"); the class as it is when it holds none.</summary>
    public static string? Without(string? names)
    {
        // Asked of most elements of a page: a class without "-" (most) or without a negation costs one search.
        if (names is null || !HoldsNegation(names))
        {
            return names;
        }

        return ClassNameList.Without(names, IsNegated);
    }

    private static bool HoldsNegation(string names)
    {
        foreach (var negation in Negations)
        {
            var at = names.IndexOf(negation, StringComparison.OrdinalIgnoreCase);
            if (at == 0 || (at > 0 && names[at - 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(string name)
    {
        foreach (var negation in Negations)
        {
            if (name.StartsWith(negation, StringComparison.OrdinalIgnoreCase) && name.Length > negation.Length)
            {
                return true;
            }
        }

        return false;
    }
}
