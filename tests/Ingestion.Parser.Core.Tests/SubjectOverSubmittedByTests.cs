using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SubjectOverSubmittedByTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    private static CommentLine.Kind[] Kinds(PageLines lines) => [.. Enumerable.Range(0, lines.Count).Select(i => CommentLine.Classify(lines, i))];

    [Fact]
    public void A_short_line_over_every_submitted_by_signature_is_its_comments_subject()
    {
        var lines = Lines(
            "Great work everyone",
            string.Empty,
            "Submitted by Rob Kessling on Tue, 03/12/2013 - 16:40.",
            string.Empty,
            "Great work everyone. My daughter's class went and she has not stopped talking about it.",
            string.Empty,
            "Thanks Rob!",
            string.Empty,
            "Submitted by marisol_t on Tue, 03/12/2013 - 18:02.",
            string.Empty,
            "Thanks Rob! The kids did about a hundred of the willow stakes by themselves.");
        Assert.Equal([0, 6], SubjectOverSubmittedBy.Find(lines, Kinds(lines), [2, 8]));
    }

    [Fact]
    public void A_comment_without_a_subject_keeps_its_last_line_above_the_next_signature()
    {
        // The first comment has no line over its signature: the thread prints no subjects, and "Thanks." is the writer's.
        var lines = Lines(
            "Submitted by Rob Kessling on Tue, 03/12/2013 - 16:40.",
            string.Empty,
            "Great work everyone. My daughter's class went and she has not stopped talking about it.",
            "Thanks.",
            string.Empty,
            "Submitted by marisol_t on Tue, 03/12/2013 - 18:02.",
            string.Empty,
            "The kids did about a hundred of the willow stakes by themselves.");
        Assert.Empty(SubjectOverSubmittedBy.Find(lines, Kinds(lines), [0, 5]));
    }
}
