using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SloganTests
{
    [Theory]
    [InlineData("Your town. Your news.", true)]
    [InlineData("Real stories. Real people. Every day.", true)]
    [InlineData("Cars to be banned from Bridge Street under plan backed by councillors", false)]
    [InlineData("Fire destroys historic barn outside town.", false)]
    [InlineData("Mr. Smith Goes to Washington. Again.", false)]
    [InlineData("The council met on Tuesday. It voted to close the arena after a long and bitter debate.", false)]
    public void Clipped_sentences_of_a_few_words_are_a_slogan(string line, bool expected) =>
        Assert.Equal(expected, Slogan.Is(line));

    [Fact]
    public void Printed_right_over_the_headline_the_slogan_is_not_the_headline_over_a_deck()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Ashbourne Valley Gazette
            Your town. Your news.
            Cars to be banned from Bridge Street under plan backed by councillors
            Owen Pritchard
            Local Democracy Reporter
            Thursday 12 October 2017
            Cars will be banned from the busiest stretch of Bridge Street between 10am and 6pm every day under a plan backed by the town council's planning committee on Wednesday night.
            The scheme would close the street to through traffic between the Market Cross and the junction with Mill Lane, with deliveries allowed before 10am.
            """), "page.txt");

        Assert.Equal("Cars to be banned from Bridge Street under plan backed by councillors", page.Title);
    }
}
