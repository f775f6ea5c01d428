using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UtcClockWrittenAsLocalTests
{
    [Fact]
    public void A_utc_clock_under_the_local_offset_gives_way_to_the_bylines_time()
    {
        Assert.Equal("2018-03-14T09:30:12+01:00", UtcClockWrittenAsLocal.Prefer("2018-03-14T08:30:12+01:00", "2018-03-14T09:30:12+01:00"));
        Assert.Equal("2018-07-02T00:15:00+02:00", UtcClockWrittenAsLocal.Prefer("2018-07-01T22:15:00+02:00", "2018-07-02T00:15:00+02:00"));
    }

    [Theory]
    [InlineData("2018-03-14T08:30:12+01:00", "2018-03-14T09:30:13+01:00")]
    [InlineData("2018-03-14T08:30:12+01:00", "2018-03-14T09:30:12+02:00")]
    [InlineData("2018-03-14T08:30:12+01:00", "2018-03-14T10:30:12+01:00")]
    [InlineData("2018-03-14T08:30:12+00:00", "2018-03-14T08:30:12+00:00")]
    [InlineData("2018-03-14T08:30:12+01:00", null)]
    public void Another_second_offset_or_gap_leaves_the_metadata_time(string meta, string? shown) =>
        Assert.Equal(meta, UtcClockWrittenAsLocal.Prefer(meta, shown));

    [Fact]
    public void A_page_takes_the_bylines_time_over_the_shifted_meta_time()
    {
        const string html = """
            <html><head><title>Warum Lager digital werden - Fachportal</title>
            <meta property="og:site_name" content="Fachportal" />
            <meta property="article:published_time" content="2018-03-14T08:30:12+01:00" />
            </head><body><article class="post"><h1 class="entry-title">Warum Lager digital werden</h1>
            <div class="below-entry-meta"><span class="posted-on"><a href="/lager/" title="9:30" rel="bookmark"><time class="entry-date published" datetime="2018-03-14T09:30:12+01:00">14. März 2018</time></a></span>
            <span class="byline"><span class="author vcard"><a class="url fn n" href="/author/hwinter/">Hanna Winter</a></span></span></div>
            <div class="entry-content">
            <p>Viele mittelständische Händler führen ihr Lager noch mit Listen, die einmal im Monat von Hand abgeglichen werden.</p>
            <p>Ein Scanner am Wareneingang spart nach Angaben des Verbands bis zu einem Drittel der Zeit, die bisher auf die Inventur entfällt.</p>
            </div></article></body></html>
            """;

        Assert.Equal("2018-03-14T09:30:12+01:00", PageParser.Parse(Encoding.UTF8.GetBytes(html), "page.html").PublishedAt);
    }
}
