using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section id="authors"&gt;&lt;p class="credits"&gt;Credit: Courtesy of Name&lt;br&gt;&lt;/p&gt;&lt;p class="credits"&gt;Tagged: …&lt;/p&gt;":
/// a magazine theme prints the story's picture credit under the text, in a paragraph its class names a credit, led by
/// "Credit:", beside the tag row and the reprints line that share the class. The line credits the story's pictures, a
/// caption entry as a credit under the text is (its label kept, as an HTML caption keeps it); the rows beside it, whose
/// words open otherwise or hold links, are left alone. Cost: one query for paragraphs whose class holds "redit", then a
/// label compare on each.
/// </summary>
internal static class CreditsBoxCreditLine
{
    private static readonly WordSet CreditClass = new("credit", "credits");

    private static readonly string[] Labels = ["credit:", "credits:", "photo credit:", "photo credits:", "image credit:", "image credits:"];

    /// <summary>Most words a credit holds after its label ("Images courtesy of Name and Name / Agency").</summary>
    private const int MaxCreditWords = 14;

    /// <summary>The credit lines, in page order; each leaves the document.</summary>
    public static List<string> Take(IDocument document)
    {
        var credits = new List<string>();
        foreach (var paragraph in document.SelectAll("p[class*='redit']").ToList())
        {
            if (Credit(paragraph) is { } credit)
            {
                if (!credits.Contains(credit))
                {
                    credits.Add(credit);
                }

                paragraph.Remove();
            }
        }

        return credits;
    }

    private static string? Credit(IElement paragraph)
    {
        if (!CreditClass.ContainsNamePart(paragraph.ClassName) || !NodeText.IsShorterThan(paragraph, 300) || paragraph.SelectFirst("a, img, p, div, ul") is not null)
        {
            return null;
        }

        var text = Whitespace.Collapse(paragraph.TextContent);
        foreach (var label in Labels)
        {
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                var name = text.AsSpan(label.Length).Trim();
                return name.IsEmpty || Words.CountUpTo(name, MaxCreditWords + 1) > MaxCreditWords ? null : text;
            }
        }

        return null;
    }
}
