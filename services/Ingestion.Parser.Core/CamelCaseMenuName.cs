namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="navList"&gt;", "&lt;div id="footerNav"&gt;", "&lt;ul class="mainMenuItems"&gt;": a template that names its
/// classes and ids in camel case glues the menu word to the others, so splitting the names at spaces, hyphens and
/// underscores (<see cref="WordSet.ContainsNamePart"/>) never finds it. Each capital after a small letter starts the next
/// part of such a name; a part that is a menu word names a menu, as "nav-list" does. A name without a capital inside
/// ("canvas", "unavailable") is no camel-case name and is left to the plain reading.
/// </summary>
internal static class CamelCaseMenuName
{
    /// <summary>Whether a camel-case part of <paramref name="names"/> (class names or an id, space-separated) is in <paramref name="menuWords"/>.</summary>
    public static bool Has(ReadOnlySpan<char> names, WordSet menuWords)
    {
        foreach (var range in names.SplitAny(" -_"))
        {
            if (HasMenuPart(names[range], menuWords))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMenuPart(ReadOnlySpan<char> name, WordSet menuWords)
    {
        var start = 0;
        var glued = false;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i < name.Length && !Words.IsGlueSeam(name, i))
            {
                continue;
            }

            // The whole name, when no seam split it, is the plain reading's to judge.
            if (i == name.Length && !glued)
            {
                return false;
            }

            if (menuWords.Contains(name[start..i]))
            {
                return true;
            }

            glued = true;
            start = i;
        }

        return false;
    }
}
