using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A page's text as a browser's <c>document.body.innerText</c> prints it (Selenium's <c>.text</c>, select-all and copy),
/// the way many scrapers save a page: no list markers or indentation, a table's cells split by tabs, a <c>&lt;p&gt;</c>
/// set off by blank lines, any other block by a line break, inline elements run together ("May 22, 2017May 23, 2017"),
/// no image alt text and no document title. Without the page's style sheets, only what the markup itself hides is
/// left out (<c>hidden</c>, an inline <c>display:none</c>); a browser would also hide what the CSS hides, so this
/// prints a little more than a browser would, never less.
/// </summary>
public static partial class InnerTextRendering
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend",
        "li", "main", "menu", "nav", "ol", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    };

    /// <summary>Elements a browser does not print as text: the head's, scripts', form controls' and embedded objects'.</summary>
    private static readonly HashSet<string> NotPrinted = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "template", "noscript", "select", "textarea", "input", "iframe", "object", "embed", "svg",
        "canvas", "audio", "video", "map", "datalist", "title", "img",
    };

    private static readonly HtmlParser Parser = new();

    public static string Of(string html)
    {
        using var document = Parser.ParseDocument(html);
        var pieces = new List<object>();
        if (document.Body is { } body)
        {
            Collect(body, pieces, preformatted: false);
        }

        return Joined(pieces);
    }

    /// <summary>Text pieces and, between them, the line breaks a block asks for (1, or 2 for a paragraph).</summary>
    private static void Collect(INode node, List<object> pieces, bool preformatted)
    {
        if (node is IText text)
        {
            pieces.Add(preformatted ? text.Data.Replace("\r", string.Empty, StringComparison.Ordinal) : Spaces().Replace(text.Data, " "));
            return;
        }

        if (node is not IElement element || IsHidden(element))
        {
            return;
        }

        var name = element.LocalName;
        if (name == "br")
        {
            pieces.Add("\n");
            return;
        }

        var breaks = name == "p" ? 2 : Blocks.Contains(name) ? 1 : 0;
        if (breaks > 0)
        {
            pieces.Add(breaks);
        }
        else if (name is "td" or "th" && element.PreviousElementSibling is not null)
        {
            pieces.Add("\t");
        }

        foreach (var child in element.ChildNodes)
        {
            Collect(child, pieces, preformatted || name == "pre");
        }

        if (breaks > 0)
        {
            pieces.Add(breaks);
        }
    }

    private static bool IsHidden(IElement element) =>
        NotPrinted.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style));

    /// <summary>Adjacent break requests count once, as their largest; none before the first text or after the last.</summary>
    private static string Joined(List<object> pieces)
    {
        var text = new StringBuilder();
        var pending = 0;
        foreach (var piece in pieces)
        {
            if (piece is int breaks)
            {
                pending = Math.Max(pending, breaks);
                continue;
            }

            var shown = (string)piece;
            if (shown.Length == 0 || (text.Length == 0 && shown.Trim(' ').Length == 0 && shown is not ("\n" or "\t")))
            {
                continue;
            }

            if (text.Length > 0 && pending > 0)
            {
                text.Append('\n', pending);
            }

            pending = 0;
            text.Append(shown);
        }

        var lines = text.ToString().Split('\n').Select(line => SpacesAroundTab().Replace(RunOfSpaces().Replace(line, " "), "\t").Trim(' '));
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim('\n') + "\n";
    }

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(" {2,}")]
    private static partial Regex RunOfSpaces();

    [GeneratedRegex(@" *\t *")]
    private static partial Regex SpacesAroundTab();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
