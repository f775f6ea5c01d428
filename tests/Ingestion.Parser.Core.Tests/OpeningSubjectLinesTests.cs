using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OpeningSubjectLinesTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    private static CommentLine.Kind[] Kinds(PageLines lines) => [.. Enumerable.Range(0, lines.Count).Select(i => CommentLine.Classify(lines, i))];

    private static readonly string[] Thread =
    [
        "Merle V.",
        "Tue, 09/24/2013 - 18:02",
        "About time",
        "About time. That bridge shakes when a pickup crosses it, never mind a grain truck.",
        "oldtruss",
        "Tue, 09/24/2013 - 18:40",
        "Shakes because it was built",
        "It shakes because it was built to flex. The county let it rust for thirty years.",
    ];

    [Fact]
    public void A_short_line_opening_every_comment_is_its_subject_when_one_repeats_the_text_under_it()
    {
        var lines = Lines(Thread);
        Assert.Equal([2, 6], OpeningSubjectLines.Find(lines, Kinds(lines), [], [0, 4], lines.Count));
    }

    [Fact]
    public void Short_opening_lines_that_no_text_repeats_are_the_readers_words()
    {
        string[] thread = [.. Thread];
        thread[2] = "Agreed";
        var lines = Lines(thread);
        Assert.Empty(OpeningSubjectLines.Find(lines, Kinds(lines), [], [0, 4], lines.Count));
    }

    [Fact]
    public void A_comment_opening_with_a_sentence_leaves_the_thread_without_subjects()
    {
        string[] thread = [.. Thread];
        thread[6] = "It shakes because it was built to flex.";
        var lines = Lines(thread);
        Assert.Empty(OpeningSubjectLines.Find(lines, Kinds(lines), [], [0, 4], lines.Count));
    }

    [Fact]
    public void A_comment_of_one_line_leaves_the_thread_without_subjects()
    {
        var lines = Lines([.. Thread.Take(7)]);
        Assert.Empty(OpeningSubjectLines.Find(lines, Kinds(lines), [], [0, 4], lines.Count));
    }
}
