using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;style&gt;#printnote{display:none} @media print{ … #printnote{display:block !important} }&lt;/style&gt;
/// &lt;div id="printnote"&gt;&lt;p&gt;You are printing a page of the web …&lt;/p&gt;…&lt;/div&gt;": a blog sets a notice that only a
/// printout shows (a joke about printing the internet, a letterhead) in a box its own style sheet hides on screen and
/// shows again under "@media print". A reader of the page never sees it, yet its few paragraphs can outweigh a short
/// post's and be taken for the article. Only a box hidden by a top-level rule of one id or one class and shown again by
/// a rule of the same selector inside "@media print" goes, whatever its length: a box a button opens ("#more
/// {display:none}") is shown on screen by a script, not on paper by the style sheet, and stays (as
/// <see cref="StyleSheetHiddenLine"/> keeps long hidden blocks).
/// Cost: pages whose style elements hold "@media print" only; one walk over each such style's top-level rules, and one
/// selector query per box found.
/// </summary>
internal static class PrintOnlyStyledBox
{
    private const string PrintMedia = "@media print";

    public static void Remove(IDocument document)
    {
        if (document.Body is null)
        {
            return;
        }

        foreach (var style in document.SelectAll("style"))
        {
            var css = style.TextContent;
            if (css.Contains(PrintMedia, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var selector in ShownOnlyInPrint(css))
                {
                    foreach (var box in document.Body.QuerySelectorAll(selector).ToList())
                    {
                        box.Remove();
                    }
                }
            }
        }
    }

    /// <summary>The single-id or single-class selectors hidden at the top level of <paramref name="css"/> and shown again for print.</summary>
    internal static List<string> ShownOnlyInPrint(string css)
    {
        List<string> hidden = [];
        List<string> printed = [];
        Read(css, 0, css.Length, hidden, printed, inPrint: false);
        return [.. hidden.Where(printed.Contains).Distinct(StringComparer.Ordinal)];
    }

    private static void Read(string css, int from, int to, List<string> hidden, List<string> printed, bool inPrint)
    {
        var at = from;
        while (at < to)
        {
            var open = css.IndexOf('{', at, to - at);
            if (open < 0)
            {
                return;
            }

            var close = StyleSheetHiddenLine.MatchingClose(css, open);
            if (close < 0 || close > to)
            {
                return;
            }

            var selector = StyleSheetHiddenLine.WithoutComments(css.AsSpan(at, open - at)).Replace("<![CDATA[", string.Empty, StringComparison.Ordinal).Trim();
            if (selector.StartsWith('@'))
            {
                // Only the print media's block is read; other at-rules (screen widths, fonts) say nothing of paper.
                if (!inPrint && selector.StartsWith(PrintMedia, StringComparison.OrdinalIgnoreCase))
                {
                    Read(css, open + 1, close, hidden, printed, inPrint: true);
                }
            }
            else
            {
                var declarations = css.AsSpan(open + 1, close - open - 1);
                var list = inPrint ? (IsShowing(declarations) ? printed : null) : (StyleSheetHiddenLine.IsHiding(declarations) ? hidden : null);
                if (list is not null)
                {
                    foreach (var part in selector.Split(',', StringSplitOptions.TrimEntries))
                    {
                        if (IsSingleName(part))
                        {
                            list.Add(part);
                        }
                    }
                }
            }

            at = close + 1;
        }
    }

    private static bool IsShowing(ReadOnlySpan<char> declarations)
    {
        var display = declarations.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (display < 0)
        {
            return false;
        }

        var value = declarations[(display + "display".Length)..].TrimStart();
        return value.StartsWith(":") && value[1..].TrimStart() is var shown
            && (shown.StartsWith("block", StringComparison.OrdinalIgnoreCase) || shown.StartsWith("inline", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"#name" or ".name": one id or one class and nothing else.</summary>
    private static bool IsSingleName(string selector) =>
        selector is ['#', ..] ? StyleSheetHiddenLine.IsSingleClass("." + selector[1..]) : StyleSheetHiddenLine.IsSingleClass(selector);
}
