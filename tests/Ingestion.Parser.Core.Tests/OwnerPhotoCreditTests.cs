using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OwnerPhotoCreditTests
{
    [Theory]
    [InlineData("U.S. COAST GUARD PHOTO")]
    [InlineData("Chugach Courier photo")]
    [InlineData("NASA photo")]
    public void An_owners_name_and_photo_is_a_credit(string line)
    {
        Assert.True(OwnerPhotoCredit.Is(line));
        Assert.True(CaptionDetector.IsCreditOnly(line));
    }

    [Theory]
    [InlineData("View Photo")]
    [InlineData("Buy Photo")]
    [InlineData("Readers Share Their Best Vacation Photo")]
    [InlineData("We found an old photo")]
    [InlineData("Take a photo.")]
    [InlineData("Class of 1963 photo")]
    [InlineData("Before/after photo")]
    public void A_button_a_headline_or_a_sentence_is_no_credit(string line) => Assert.False(OwnerPhotoCredit.Is(line));
}
