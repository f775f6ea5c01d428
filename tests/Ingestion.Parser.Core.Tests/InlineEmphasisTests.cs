using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineEmphasisTests
{
    [Theory]
    [InlineData("the _Beat_ in August", 4, 9)]
    [InlineData("_Lonnie Vasquez_ says:", 0, 15)]
    [InlineData("a *very* good point", 2, 7)]
    [InlineData("_Gabe T._ says:", 0, 8)]
    public void Single_marks_around_words_are_emphasis(string text, int open, int close)
    {
        Assert.Equal(close, InlineEmphasis.End(text, open));
    }

    [Theory]
    [InlineData("M_Okonjo and wheatguy_59", 1)]
    [InlineData("M_Okonjo and wheatguy_59", 21)]
    [InlineData("Required fields are marked *", 27)]
    [InlineData("  * [News](/news)", 2)]
    [InlineData("**By Name**", 0)]
    [InlineData("_unclosed emphasis", 0)]
    [InlineData("snake_case_name", 5)]
    public void Marks_inside_words_or_before_spaces_are_no_emphasis(string text, int open)
    {
        Assert.Equal(-1, InlineEmphasis.End(text, open));
    }
}
