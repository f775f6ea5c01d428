using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReadersOpinionsHeadingTests
{
    [Theory]
    [InlineData("Readers' opinions (8)", 8)]
    [InlineData("Readers’ Opinions (15)", 15)]
    [InlineData("Reader's opinion (1)", 1)]
    [InlineData("12 readers' opinions", 12)]
    public void An_indian_daily_s_thread_heading_declares_its_count(string line, int count)
    {
        Assert.Equal(count, CommentHeadings.DeclaredCount(line));
        Assert.Equal(CommentHeadings.Kind.Count, CommentHeadings.Classify(line));
    }

    [Fact]
    public void The_heading_without_a_count_is_a_plain_thread_heading() =>
        Assert.Equal(CommentHeadings.Kind.Plain, CommentHeadings.Classify("Readers' opinions"));

    [Theory]
    [InlineData("The Supreme Court issued 3 opinions")]
    [InlineData("Opinion (12)")]
    [InlineData("Opinions")]
    public void Opinions_without_the_readers_word_declare_nothing(string line) => Assert.Null(CommentHeadings.DeclaredCount(line));
}
