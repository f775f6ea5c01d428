using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RepeatedArticleCopyTests
{
    [Fact]
    public void A_second_copy_of_the_text_is_dropped_even_when_it_lacks_a_paragraph()
    {
        List<string> body = ["First.", "Second.", "Third.", "Fourth.", "First.", "Second.", "Fourth."];
        RepeatedArticleCopy.RemoveFrom(body);
        Assert.Equal(["First.", "Second.", "Third.", "Fourth."], body);
    }

    [Fact]
    public void A_text_that_repeats_its_opening_once_keeps_it()
    {
        List<string> body = ["We shall overcome.", "Second.", "Third.", "We shall overcome."];
        RepeatedArticleCopy.RemoveFrom(body);
        Assert.Equal(4, body.Count);
    }

    [Fact]
    public void A_second_run_with_new_paragraphs_is_no_copy()
    {
        List<string> body = ["Refrain.", "Verse one.", "Refrain.", "Verse two."];
        RepeatedArticleCopy.RemoveFrom(body);
        Assert.Equal(4, body.Count);
    }

    [Fact]
    public void A_text_of_like_paragraphs_is_no_copy_of_itself()
    {
        var body = Enumerable.Repeat("Officials said the talks would resume on Monday.", 6).ToList();
        RepeatedArticleCopy.RemoveFrom(body);
        Assert.Equal(6, body.Count);
    }
}
