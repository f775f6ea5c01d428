using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="journal-sub"&gt;&lt;span&gt;Harbour Review #31 - May 2016 + Pilotage&lt;/span&gt;&amp;nbsp;&amp;nbsp;Author:
/// &lt;a href="mailto:"&gt;Bea Okafor&lt;/a&gt;&lt;/div&gt;": a society's journal (Xaraya, other small CMSs) prints the issue and the
/// byline in one row, the label a bare text between the element and the writer's link. Read as one line, the
/// label stood mid-line and named no writer. The row is parted before the label, so the byline is a line of its own, as
/// the page's layout shows it. Only a label right before a link, after an element of text in the same box, is parted.
/// Cost: for each link, a look at the text node before it; a line break inserted only where the label stands.
/// </summary>
internal static class AuthorLabelMidLine
{
    private static readonly WordSet Labels = new(["author:", "authors:", "written by:", "by:"]);

    /// <summary>Longest label with the spaces and line breaks around it, as a template indents it.</summary>
    private const int MaxLabelText = 48;

    public static void Part(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        List<INode>? labels = null;
        foreach (var link in body.SelectAll("a"))
        {
            if (link.PreviousSibling is { NodeType: NodeType.Text } label && label.TextContent is { Length: > 3 and <= MaxLabelText } text
                && text.AsSpan().Trim(" \u00A0\t\r\n") is { Length: > 2 } shown && shown[^1] == ':' && Labels.Contains(shown)
                && label.PreviousSibling is IElement before && !string.IsNullOrWhiteSpace(before.TextContent))
            {
                (labels ??= []).Add(label);
            }
        }

        if (labels is null)
        {
            return;
        }

        foreach (var label in labels)
        {
            label.Parent!.InsertBefore(document.CreateElement("br"), label);
        }
    }
}
