using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="commenter-name"&gt;&lt;a&gt;Rosa Lindqvist&lt;/a&gt;&lt;/span&gt;&lt;span&gt;&lt;a class="commenter-publication"&gt;Writes Harbour
/// Notes&lt;/a&gt;&lt;span class="comment-publication-name-separator"&gt;·&lt;/span&gt;&lt;a&gt;17 hr ago&lt;/a&gt;&lt;/span&gt;": a newsletter platform
/// (Substack, 2021) names the newsletter a commenter writes between the name and the time, with no space on either side.
/// The rendered header runs the three together ("Rosa LindqvistWrites Harbour Notes·17 hr ago") and no name is read from it.
/// The link and its separator are the commenter's own newsletter, no part of the name; without them the name and the time
/// remain, as in any glued header.
/// </summary>
/// <remarks>
/// Only the link classed as the publication with the platform's separator right after it: the later template, which wraps
/// both in a spaced <c>span.commenter-publication</c> ("Name · Writes … · date"), is read as it is.
/// </remarks>
internal static class CommenterPublicationLink
{
    private const string LinkClass = "commenter-publication";
    private const string SeparatorClass = "comment-publication-name-separator";

    public static void Remove(IElement container)
    {
        List<IElement>? found = null;
        foreach (var link in container.GetElementsByTagName("a"))
        {
            if (link.ClassList.Contains(LinkClass) && link.NextElementSibling is { LocalName: "span" } separator && separator.ClassList.Contains(SeparatorClass))
            {
                found ??= [];
                found.Add(link);
                found.Add(separator);
            }
        }

        if (found is null)
        {
            return;
        }

        foreach (var element in found)
        {
            element.Remove();
        }
    }
}
