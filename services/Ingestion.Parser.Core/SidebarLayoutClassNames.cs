namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="w-full lg:w-main-with-right-sidebar"&gt;&lt;article&gt;…the text…&lt;/article&gt;&lt;/div&gt;&lt;aside class="lg:w-right-sidebar"&gt;",
/// "t-layout--with-sidebar", "has-sidebar": a column or layout wrapper named for the sidebar it sits beside. "Sidebar"
/// after "with" or "has" (a "left" or "right" between allowed) names what the box goes with, not the box; only a name
/// that is the sidebar's own ("sidebar", "right-sidebar") names furniture.
/// </summary>
internal static class SidebarLayoutClassNames
{
    /// <summary>The class without its names that hold a sidebar beside them; the class as it is when it holds none.</summary>
    public static string? Without(string? names)
    {
        // Asked of most elements of a page: a class that never says "sidebar" (most) costs one search.
        if (names is null || names.IndexOf("sidebar", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return names;
        }

        return ClassNameList.Without(names, NamesLayoutWithSidebar);
    }

    /// <summary>Whether a class name's "sidebar" part follows "with" or "has", with at most a side word between.</summary>
    private static bool NamesLayoutWithSidebar(string name)
    {
        var parts = name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries);
        for (var index = 1; index < parts.Length; index++)
        {
            if (!parts[index].Equals("sidebar", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var before = index - 1;
            if (before > 0 && (parts[before].Equals("left", StringComparison.OrdinalIgnoreCase) || parts[before].Equals("right", StringComparison.OrdinalIgnoreCase)))
            {
                before--;
            }

            if (parts[before].Equals("with", StringComparison.OrdinalIgnoreCase) || parts[before].Equals("has", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] NameSeparators = ['-', '_', ':'];
}
