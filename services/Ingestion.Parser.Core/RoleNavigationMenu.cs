using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="subNavigation" role="navigation"&gt;&lt;div class="subtopics"&gt;&lt;ul&gt;&lt;li&gt;&lt;a&gt;America&lt;/a&gt;…": a blog's
/// section menu, marked a menu by its ARIA role instead of a &lt;nav&gt; element, lists the blog's sections under a class
/// that looks like a topic list. Inside it, as inside a &lt;nav&gt;, only an element classed as tags holds the story's
/// tags. Cost: one attribute read per element of the tag-link walk, no allocation.
/// </summary>
internal static class RoleNavigationMenu
{
    public static bool Is(IElement element) =>
        element.GetAttribute("role") is { } role && role.Equals("navigation", StringComparison.OrdinalIgnoreCase);
}
