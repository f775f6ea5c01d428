using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReviewFactsTests
{
    [Theory]
    [InlineData("Rating: 2 out of 5 stars")]
    [InlineData("Rated PG-13 | Runtime: 1 hr 52 min | Genre: Thriller")]
    [InlineData("★★★★☆")]
    [InlineData("★★★½")]
    [InlineData("4 out of 5 stars")]
    public void A_reviews_rating_or_facts_row_is_furniture(string line) => Assert.True(ReviewFacts.Is(line));

    [Theory]
    [InlineData("4 out of 5 stars said the band was their favourite this year")]
    [InlineData("★ Best new music of the week")]
    [InlineData("Five years after their last record, the band has made the album their fans stopped hoping for.")]
    public void A_line_of_text_is_no_rating(string line) => Assert.False(ReviewFacts.Is(line));
}
