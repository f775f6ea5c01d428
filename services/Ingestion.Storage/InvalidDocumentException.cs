namespace Ingestion.Storage;

/// <summary>A message that can never be stored as it is; it is recorded in <c>rejects</c> with this reason.</summary>
public sealed class InvalidDocumentException : Exception
{
    public InvalidDocumentException()
    {
    }

    public InvalidDocumentException(string message)
        : base(message)
    {
    }

    public InvalidDocumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
