using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineWordsTests
{
    [Fact]
    public void A_colon_after_a_word_does_not_hide_it()
    {
        var title = HeadlineWords.Of("Inspected and Forgotten");
        Assert.True(HeadlineWords.MostShown(title, "Inspected and Forgotten: How State Reviews Missed Years of Warnings"));
    }

    [Fact]
    public void A_headline_of_other_words_is_not_the_sharing_titles()
    {
        var title = HeadlineWords.Of("Inspected and Forgotten");
        Assert.False(HeadlineWords.MostShown(title, "County board approves bridge replacement"));
    }

    [Fact]
    public void Words_lose_the_punctuation_around_them()
    {
        Assert.Equal(["Forgotten", "How"], HeadlineWords.Of("Forgotten: “How"));
    }
}
