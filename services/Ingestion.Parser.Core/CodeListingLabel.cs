using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;table class="sidebartable"&gt;&lt;tr&gt;&lt;td&gt;&lt;pre&gt;template&amp;lt;typename T&amp;gt; …&lt;/pre&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td
/// class="title"&gt;Listing 3&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;": a programming journal boxes its code listings in a table whose
/// other cell numbers the box ("Listing 3", "Figure 1", "Example 2") for the text to refer to. The number labels the
/// box, as a figure's number does; alone on its line it is no paragraph, and no picture's caption either. The code stays.
/// Only a cell holding nothing but such a label, in the table that holds the `pre` block, goes.
/// Cost: asked only of `pre` blocks: a walk of at most four ancestors to the table and a look at its cells' short texts.
/// </summary>
internal static class CodeListingLabel
{
    private static readonly WordSet LabelWords = new(["listing", "figure", "fig.", "example", "table", "code", "program"]);

    /// <summary>Longest label: "Listing 12a", "Example 3.14".</summary>
    private const int MaxLabel = 16;

    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        List<IElement>? labels = null;
        foreach (var code in body.SelectAll("pre"))
        {
            var table = code.ParentElement;
            for (var depth = 0; table is not null && table.LocalName != "table" && depth < 4; depth++)
            {
                table = table.ParentElement;
            }

            if (table?.LocalName != "table")
            {
                continue;
            }

            foreach (var cell in table.SelectAll("td, th"))
            {
                if (cell.ChildElementCount == 0 && !NodeText.IsLongerThan(cell, 4 * MaxLabel) && IsLabel(cell.TextContent.AsSpan().Trim()) && !(labels ??= []).Contains(cell))
                {
                    labels.Add(cell);
                }
            }
        }

        if (labels is null)
        {
            return;
        }

        foreach (var label in labels)
        {
            label.Remove();
        }
    }

    /// <summary>"Listing 3", "Figure 1", "Example 2.4": a label word and a number.</summary>
    private static bool IsLabel(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        if (text.Length > MaxLabel || space <= 0 || !LabelWords.Contains(text[..space]))
        {
            return false;
        }

        var number = text[(space + 1)..].Trim();
        return number.Length > 0 && char.IsAsciiDigit(number[0]) && !number.Contains(' ');
    }
}
