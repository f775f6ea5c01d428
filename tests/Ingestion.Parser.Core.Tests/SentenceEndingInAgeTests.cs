using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SentenceEndingInAgeTests
{
    [Theory]
    [InlineData("Samme skjedde på Tomrefjord for seks år siden.")]
    [InlineData("Same happened here 6 years ago.")]
    [InlineData("Das gleiche passierte bei uns vor zwei Jahren!")]
    public void A_sentence_closing_on_an_age_is_taken(string line) => Assert.True(SentenceEndingInAge.Is(line));

    [Theory]
    [InlineData("Torstein Lyngstad 6 years ago")]
    [InlineData("Kari Nygård for seks år siden.")]
    [InlineData("ridgeline_farmer 2 days ago.")]
    [InlineData("Ludwig van Beethoven 2 days ago.")]
    [InlineData("Same happened here last spring.")]
    public void A_header_or_a_sentence_without_an_age_is_left(string line) => Assert.False(SentenceEndingInAge.Is(line));

    [Fact]
    public void A_one_sentence_reply_ending_in_an_age_stays_the_replys_text()
    {
        const string page = """
            Eikrem skole legges ned fra høsten 2014

            Av Arne Myklebust

            Publisert 26.09.2013, kl. 14:05

            Kommunestyret i Vestnes vedtok torsdag å legge ned Eikrem skole. Vedtaket ble gjort med 15 mot 10 stemmer etter en lang debatt.

            3 kommentarer

              Kari Nygård · Ålesund

              Trist dag for bygda. Skolen er det siste vi har igjen etter at butikken og posten forsvant.

              Svar · Liker · 12 · Følg innlegget · 26. september kl. 14:32

                  Torstein Lyngstad · Topp-kommentator · Molde

                  Samme skjedde på Tomrefjord for seks år siden.

                  Svar · Liker · 4 · 26. september kl. 14:51

              Marit Aasen Rekdal

              Stemmer man Høyre, får man Høyre.

              Svar · Liker · 6 · Følg innlegget · 26. september kl. 16:02

              Facebook sosialt programtillegg
            """;
        var comments = PageParser.Parse(Encoding.UTF8.GetBytes(page), "page.txt").Comments;

        Assert.Equal(["Kari Nygård", "Torstein Lyngstad", "Marit Aasen Rekdal"], comments.Select(comment => comment.Author));
        Assert.Equal(["Samme skjedde på Tomrefjord for seks år siden."], comments[1].Paragraphs);
        Assert.Equal(1, comments[1].Parent);
    }
}
