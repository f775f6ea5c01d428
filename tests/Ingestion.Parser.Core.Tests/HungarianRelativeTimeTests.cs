using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HungarianRelativeTimeTests
{
    [Theory]
    [InlineData("2 órája")]
    [InlineData("5 perce")]
    [InlineData("3 napja")]
    [InlineData("1 hete")]
    [InlineData("2 órával ezelőtt")]
    [InlineData("tegnap 14:32")]
    [InlineData("ma 09:15")]
    public void A_hungarian_age_or_yesterdays_clock_is_a_time_of_no_instant(string line)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Null(time.ToIso());
    }

    [Theory]
    [InlineData("Húsz éve várnak erre a faluban.")]
    [InlineData("Ma reggel a polgármester is megszólalt.")]
    [InlineData("A perce lejárt, de a hete még tart.")]
    public void A_sentence_with_the_same_words_is_no_date_line(string line) =>
        Assert.False(DateLineParser.TryParseLine(line, out _));

    [Fact]
    public void A_hungarian_thread_with_ages_splits_into_its_comments_with_no_times()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Pesti Hírlap

            Újabb iskolák kapnak tornatermet Pest megyében

            Szerző: Kovács Eszter
            2013. szeptember 26., csütörtök 17:42

            A kormány csütörtökön jelentette be, hogy újabb tizenkét Pest megyei iskola kap tornatermet a következő két évben.

            A fejlesztésről a megyei közgyűlés elnöke beszélt a sajtótájékoztatón, az első épületek jövő tavasszal készülhetnek el.

            Hozzászólások (3)

            szabo_peter
            2 órája
            Végre valami jó hír a vidéki iskoláknak, a mi falunkban húsz éve várnak erre.
            Válasz

            Nagy Anna
            5 perce
            Kíváncsi leszek, mennyi valósul meg ebből a választások után.
            Válasz

            kertesz77
            tegnap 14:32
            A tornaterem szép dolog, de tanár is kellene bele.
            Válasz
            """), "page.txt");

        Assert.Equal(["szabo_peter", "Nagy Anna", "kertesz77"], page.Comments.Select(comment => comment.Author));
        Assert.All(page.Comments, comment => Assert.Null(comment.PostedAt));
        Assert.All(page.Comments, comment => Assert.Single(comment.Paragraphs));
    }
}
