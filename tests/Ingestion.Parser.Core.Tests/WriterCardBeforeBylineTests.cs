using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterCardBeforeBylineTests
{
    [Fact]
    public void A_writer_card_run_into_the_byline_gives_the_bylines_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Two charged in card reader scheme at fuel pumps

               Print Email
               Dana Ruiz | druiz@example.com By Dana Ruiz | druiz@example.com The Harbour News
               Email the author | Follow on Twitter
               on March 14, 2023 at 2:47 PM, updated March 14, 2023 at 3:53 PM

               A man and a woman from out of state were charged in Ridgeway on Monday with fitting card readers inside fuel pumps at three stations, the county attorney said.

               Investigators have found about 90 customers whose cards were copied and expect to find more.
            """), "pumps.lynx.txt");

        Assert.Equal(["Dana Ruiz"], page.Authors);
        Assert.Equal("2023-03-14T14:47:00", page.PublishedAt);
    }

    [Theory]
    [InlineData("Dana Ruiz | druiz@example.com By Dana Ruiz | druiz@example.com The Harbour News", "By Dana Ruiz | druiz@example.com The Harbour News")]
    [InlineData("Dana Ruiz By Dana Ruiz, Staff Writer", "By Dana Ruiz, Staff Writer")]
    [InlineData("Photos By Dana Ruiz | The Harbour News", "Photos By Dana Ruiz | The Harbour News")]
    [InlineData("Lee Ortiz | lortiz@example.com By Dana Ruiz", "Lee Ortiz | lortiz@example.com By Dana Ruiz")]
    public void Only_a_card_that_repeats_the_bylines_name_is_cut(string line, string kept) =>
        Assert.Equal(kept, WriterCardBeforeByline.Without(line));
}
