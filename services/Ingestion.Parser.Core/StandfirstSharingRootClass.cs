using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="entry-content chapo"&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;&lt;div class="texte_wrapper"&gt;&lt;div class="entry-content
/// texte"&gt;&lt;p&gt;…&lt;/p&gt;…": a template (SPIP's article pages, 2015–2020) gives the standfirst and the text the same
/// content-root class, the standfirst first. The first element of that class is then one paragraph, the standfirst, and
/// the text is the later element of the class beside it, holding far more.
/// </summary>
internal static class StandfirstSharingRootClass
{
    /// <summary>How many times the standfirst's text the later element must hold to be the text.</summary>
    private const int TextToStandfirst = 3;

    /// <summary>The later element of <paramref name="root"/>'s first class among the elements after it, else null.</summary>
    public static IElement? TextAfter(IElement root)
    {
        if (root.ClassList.Length < 2 || root.ClassList[0] is not { Length: > 0 } shared || root.SelectAll("p").Length > 1)
        {
            return null;
        }

        var selector = "." + CssName(shared);
        var least = root.TextContent.Length * TextToStandfirst;
        for (var sibling = root.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            var text = sibling.ClassList.Contains(shared) ? sibling : sibling.QuerySelector(selector);
            if (text is not null)
            {
                return NodeText.IsLongerThan(text, least) ? text : null;
            }
        }

        return null;
    }

    /// <summary>A class name as a selector takes it; a name that needs escaping is no template's root class.</summary>
    private static string CssName(string name) => name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? name : "__none__";
}
