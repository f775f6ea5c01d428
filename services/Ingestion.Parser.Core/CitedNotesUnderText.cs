using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "… constrain generic algorithms [&lt;a href="#[Okafor15]"&gt;Okafor15&lt;/a&gt;]." / "… shown in Figure 1.&lt;a
/// href="#FN01"&gt;&lt;sup&gt;1&lt;/sup&gt;&lt;/a&gt;" in the text, and under it "&lt;h2&gt;References&lt;/h2&gt;" / "&lt;p&gt;&lt;a
/// id="[Okafor15]"&gt;&lt;/a&gt;[Okafor15] Okafor, B. ‘Ports and Tides’ …&lt;/p&gt;" / "&lt;ol&gt;&lt;li&gt;&lt;a id="FN01"&gt;&lt;/a&gt;This
/// error is …&lt;/li&gt;&lt;/ol&gt;": a journal's article (DocBook, a society's CMS) marks each citation and footnote in the
/// text with a link to an empty anchor that opens the note under the text. The notes are sources, no paragraphs of the
/// article, as a text page's "Notes" list is none (<see cref="NotesList"/>); a heading over nothing but such notes goes
/// with them. Only a paragraph or list item that opens with the empty anchor counts, and only when a citation mark points
/// at it: a short link in a superscript or between square brackets. A contents list's links ("1. The harbour") are no
/// such marks, so a paragraph a table of contents jumps to stays. Cost: one query for empty anchors per page; the links
/// are read only on a page that has one opening a paragraph.
/// </summary>
internal static class CitedNotesUnderText
{
    /// <summary>Longest citation mark: a key such as "[Okafor15]" or "[N4549]", a footnote number.</summary>
    private const int MaxMarkLength = 24;

    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        Dictionary<string, IElement>? notes = null;
        foreach (var anchor in body.SelectAll("p > a[id], li > a[id], p > a[name], li > a[name]"))
        {
            if (anchor.ChildElementCount == 0 && string.IsNullOrWhiteSpace(anchor.TextContent) && OpensItsBlock(anchor)
                && (anchor.GetAttribute("id") ?? anchor.GetAttribute("name")) is { Length: > 0 } id)
            {
                (notes ??= new(StringComparer.Ordinal))[id] = anchor.ParentElement!;
            }
        }

        if (notes is null)
        {
            return;
        }

        List<IElement>? cited = null;
        foreach (var link in body.SelectAll("a[href*='#']"))
        {
            var href = link.GetAttribute("href")!;
            var fragment = href.AsSpan(href.IndexOf('#') + 1);
            if (fragment.Length > 0 && notes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(fragment, out var note) && !note.Contains(link) && IsCitationMark(link)
                && !(cited ??= []).Contains(note))
            {
                cited.Add(note);
            }
        }

        if (cited is null)
        {
            return;
        }

        foreach (var note in cited)
        {
            if (HeadingOverNotesOnly(note, cited) is { } heading)
            {
                heading.Remove();
            }
        }

        foreach (var note in cited)
        {
            var list = note.LocalName == "li" ? note.ParentElement : null;
            note.Remove();
            if (list is not null && list.ChildElementCount == 0 && string.IsNullOrWhiteSpace(list.TextContent))
            {
                list.Remove();
            }
        }
    }

    /// <summary>Whether nothing but white space stands before the anchor in its paragraph or list item.</summary>
    private static bool OpensItsBlock(IElement anchor)
    {
        for (var node = anchor.PreviousSibling; node is not null; node = node.PreviousSibling)
        {
            if (node is IElement || !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"&lt;a&gt;&lt;sup&gt;1&lt;/sup&gt;&lt;/a&gt;", "&lt;sup&gt;&lt;a&gt;2&lt;/a&gt;&lt;/sup&gt;" or "[&lt;a&gt;Okafor15&lt;/a&gt;]": a short mark, raised or bracketed.</summary>
    private static bool IsCitationMark(IElement link)
    {
        var text = link.TextContent.AsSpan().Trim();
        if (text.Length is 0 or > MaxMarkLength || text.Contains(' '))
        {
            return false;
        }

        if (link.ParentElement?.LocalName == "sup" || (link.ChildElementCount == 1 && link.FirstElementChild!.LocalName == "sup"))
        {
            return true;
        }

        return link.PreviousSibling is { NodeType: NodeType.Text } before && before.TextContent.AsSpan().TrimEnd().EndsWith('[')
            && link.NextSibling is { NodeType: NodeType.Text } after && after.TextContent.AsSpan().TrimStart().StartsWith(']');
    }

    /// <summary>
    /// The heading right over the run of notes that <paramref name="note"/> opens ("References"), when everything between
    /// it and the next heading or the end of its box is a cited note or holds no text; else null.
    /// </summary>
    private static IElement? HeadingOverNotesOnly(IElement note, List<IElement> cited)
    {
        var block = note.LocalName == "li" ? note.ParentElement : note;
        if (block is null)
        {
            return null;
        }

        var heading = block.PreviousElementSibling;
        while (heading is not null && !IsHeading(heading))
        {
            if (!HoldsOnlyNotes(heading, cited))
            {
                return null;
            }

            heading = heading.PreviousElementSibling;
        }

        if (heading is null)
        {
            return null;
        }

        for (var next = heading.NextElementSibling; next is not null && !IsHeading(next); next = next.NextElementSibling)
        {
            if (!HoldsOnlyNotes(next, cited))
            {
                return null;
            }
        }

        return heading;
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h2" or "h3" or "h4" or "h5";

    /// <summary>A cited note, an element with no text (an empty "p.footnotes"), or a list of cited notes.</summary>
    private static bool HoldsOnlyNotes(IElement element, List<IElement> cited)
    {
        if (cited.Contains(element) || string.IsNullOrWhiteSpace(element.TextContent))
        {
            return true;
        }

        if (element.LocalName is not ("ol" or "ul"))
        {
            return false;
        }

        foreach (var item in element.Children)
        {
            if (!cited.Contains(item) && !string.IsNullOrWhiteSpace(item.TextContent))
            {
                return false;
            }
        }

        return true;
    }
}
