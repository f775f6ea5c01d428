using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LinesBeforeDatelineTests
{
    private const string Caption = "Crews inspect the underside of the Old Mill Road bridge over Cutter Creek on Tuesday.";
    private const string Dateline = "MILLBROOK, MO (KMBR) - The Millbrook City Council voted 6-1 Wednesday night to spend $4.2 million on the bridge.";

    [Fact]
    public void A_caption_above_the_dateline_goes_before_its_credit_already_taken()
    {
        var body = new List<string> { Caption, Dateline, "The council will take bids in January." };
        var captions = new List<string> { "(KMBR photo)" };

        LinesBeforeDateline.RemoveFrom(body, captions);

        Assert.Equal([Caption, "(KMBR photo)"], captions);
        Assert.Equal(Dateline, body[0]);
    }

    [Fact]
    public void A_caption_above_the_dateline_follows_an_earlier_pictures_caption()
    {
        var body = new List<string> { Caption, Dateline };
        var captions = new List<string> { "The mayor at Tuesday's meeting." };

        LinesBeforeDateline.RemoveFrom(body, captions);

        Assert.Equal(["The mayor at Tuesday's meeting.", Caption], captions);
    }
}
