using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "This story appears in the October 2013 issue of Harbor & Main.", "This article appeared in the Sunday edition of the
/// Ledger.": a magazine's or paper's note of the print issue that carried the story, under the text; no part of it. A
/// magazine also prints it short, under the byline: "From the October 2013 issue". A weekly that puts a longer version
/// online says so in its own words: "This is the extended version of an interview first published in the print edition of
/// …", "Dieser Artikel erschien zuerst in der Printausgabe …", "Cet article a été publié dans l'édition imprimée …".
/// </summary>
internal static class PrintIssueNote
{
    private static readonly PrefixSet Openings = new(
        "this story appears in the ", "this story appeared in the ", "this article appears in the ", "this article appeared in the ",
        "this story originally appeared in the ", "this article originally appeared in the ");

    private static readonly string[] IssueWords = [" issue of ", " issue.", " edition of ", " edition."];

    private const int LongestFirstPrintedNote = 200;

    private static readonly PrefixSet Demonstratives = new("this ", "dieser ", "diese ", "dieses ", "cet ", "cette ", "ce ");

    private static readonly SearchValues<string> FirstPublishedPhrases = SearchValues.Create(
        [
            "first published", "originally published", "first appeared", "originally appeared",
            "erschien zuerst", "erschien erstmals", "zuerst erschienen", "erstmals erschienen",
            "a été publié", "est paru", "a paru",
        ],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PrintWords = SearchValues.Create(
        [
            "print edition", "print issue", "print magazine", "printausgabe", "print-ausgabe", "gedruckten ausgabe",
            "édition imprimée", "édition papier", "version papier",
        ],
        StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is >= 30 and <= LongestFirstPrintedNote && IsFirstPrintedNote(text))
        {
            return true;
        }

        if (text.Length is < 20 or > 160 || text[0] is not ('T' or 't' or 'F'))
        {
            return false;
        }

        if (text[0] == 'F')
        {
            return IsShortNote(text);
        }

        if (text.Length < 30 || !Openings.Matches(text))
        {
            return false;
        }

        foreach (var word in IssueWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A sentence opening on "This"/"Dieser"/"Cet" that says the piece was first published, and in print: a note of the
    /// print version under the text. A story's sentence about an old article names no print edition in these words, or
    /// runs past two hundred characters.
    /// </summary>
    private static bool IsFirstPrintedNote(ReadOnlySpan<char> text) =>
        Demonstratives.Matches(text) && text.ContainsAny(FirstPublishedPhrases) && text.ContainsAny(PrintWords);

    /// <summary>
    /// "From the October 2013 issue", "From the Sept. 30, 2013 issue of Harbor & Main": the issue's date (a year at least),
    /// then "issue" ending the line or followed by the magazine's name; a sentence opening so ("From the 1990 issue on, …")
    /// runs on past it.
    /// </summary>
    private static bool IsShortNote(ReadOnlySpan<char> text)
    {
        if (text.Length > 80 || !text.StartsWith("From the ", StringComparison.Ordinal) || !text.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        var end = text.TrimEnd('.');
        return end.EndsWith(" issue", StringComparison.Ordinal)
            || (text.IndexOf(" issue of ", StringComparison.Ordinal) is > 0 and var of && !text[(of + 10)..].ContainsAny(',', ';'));
    }
}
