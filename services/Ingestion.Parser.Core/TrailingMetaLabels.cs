using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Author: Brenda Kowalczyk Thursday, September 26, 2013 Categories: Public Safety, Local Article Views: 1,318": a news
/// module's details row (DotNetNuke's EasyDNNnews, Joomla's article info in one line) prints the writer and the date,
/// then the story's categories and its view counter, each a span of its own with no separator a text dump keeps. The
/// labelled items after the date are no part of the byline or the date, and categories are no tags: the line ends there.
/// </summary>
internal static class TrailingMetaLabels
{
    private static readonly SearchValues<string> Labels = SearchValues.Create([" Categories: ", " Category: ", " Article Views: ", " Views: ", " Hits: "], StringComparison.Ordinal);

    /// <summary>The line up to its first trailing label, or the line itself.</summary>
    public static string Without(string line)
    {
        // One vectorised search turns down every line without such a label.
        var at = line.AsSpan().IndexOfAny(Labels);
        return at > 10 && Words.HasDigit(line.AsSpan(0, at)) ? line[..at] : line;
    }
}
