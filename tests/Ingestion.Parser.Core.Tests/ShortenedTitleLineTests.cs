using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShortenedTitleLineTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    [Fact]
    public void The_shown_line_widening_a_short_document_title_is_the_headline()
    {
        var lines = Lines("This Week's Issue", "Sept. 25, 2013", "Vol. 119, No. 39", "Bixby Creek library marks 100 years with open house", "By Earlene Foss",
            "Copyright © 2013 The Bixby Creek Gazette. All rights reserved.");
        Assert.Equal("Bixby Creek library marks 100 years with open house", ShortenedTitleLine.Find("The Bixby Creek Gazette - Library marks 100 years", lines));
    }

    [Fact]
    public void A_sentence_holding_the_words_is_not_the_headline()
    {
        var lines = Lines("Vol. 119, No. 39", "The library marks 100 years this fall, and the board has planned a week of events.");
        Assert.Null(ShortenedTitleLine.Find("The Bixby Creek Gazette - Library marks 100 years", lines));
    }

    [Fact]
    public void A_line_holding_the_part_word_for_word_is_not_a_fuller_headline()
    {
        Assert.Null(ShortenedTitleLine.Find("The Tri-Valley Herald - Local News", Lines("Orchard growers brace for late frost", "Copyright © 2013 The Tri-Valley Herald")));
    }

    [Fact]
    public void A_title_of_one_part_is_not_read()
    {
        Assert.Null(ShortenedTitleLine.Find("Library marks 100 years", Lines("Bixby Creek library marks 100 years with open house")));
    }

    [Fact]
    public void The_other_part_is_the_site()
    {
        Assert.Equal("The Bixby Creek Gazette", ShortenedTitleLine.SiteBeside("The Bixby Creek Gazette - Library marks 100 years", "Bixby Creek library marks 100 years with open house"));
    }

    [Fact]
    public void A_headline_not_widening_either_part_gives_no_site()
    {
        Assert.Null(ShortenedTitleLine.SiteBeside("The Bixby Creek Gazette - Library marks 100 years", "County board approves bridge replacement"));
    }
}
