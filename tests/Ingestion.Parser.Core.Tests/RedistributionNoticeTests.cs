using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RedistributionNoticeTests
{
    [Fact]
    public void The_publishers_small_print_on_passing_texts_on_closing_the_text_is_dropped()
    {
        var body = new List<string>
        {
            "Der Fährmann brachte am Morgen die ersten Gäste über den See, obwohl der Wind noch kräftig vom Ufer her wehte.",
            "Die Rechte aller Beiträge liegen beim Seeverlag. Jede Weitergabe ist kostenpflichtig. Das Kopieren in Archive ist untersagt.",
        };

        Assert.Equal([body[0]], RedistributionNotice.Without(body));
    }

    [Fact]
    public void A_story_about_a_rights_dispute_keeps_its_last_paragraph()
    {
        var body = new List<string>
        {
            "Der Verlag und die Fotografin streiten seit dem Frühjahr vor dem Landgericht.",
            "Die Fotografin sagt, sie habe dem Verlag nie die Rechte an den Bildern verkauft, und der Richter will im Herbst entscheiden, ob der Nachdruck in der Sonderausgabe erlaubt war.",
        };

        Assert.Equal(body, RedistributionNotice.Without(body));
    }

    [Fact]
    public void An_english_notice_is_small_print_too() =>
        Assert.True(RedistributionNotice.Is("All rights to these texts belong to the Lakeside Press. Any redistribution is subject to a fee."));
}
