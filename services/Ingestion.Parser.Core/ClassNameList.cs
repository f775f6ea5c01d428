namespace Ingestion.Parser.Core;

/// <summary>
/// A class attribute read without some of its names: a negated name ("non-paywall", NegatedClassNames) or a layout's
/// name for the column beside a sidebar ("main-with-right-sidebar", SidebarLayoutClassNames) says what the element is
/// not, so the furniture test must not see its words.
/// </summary>
internal static class ClassNameList
{
    /// <summary>The names without those <paramref name="drops"/> picks; the attribute as it is when it picks none.</summary>
    public static string Without(string names, Func<string, bool> drops)
    {
        var kept = new List<string>();
        var dropped = false;
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (drops(name))
            {
                dropped = true;
            }
            else
            {
                kept.Add(name);
            }
        }

        return dropped ? string.Join(' ', kept) : names;
    }
}
