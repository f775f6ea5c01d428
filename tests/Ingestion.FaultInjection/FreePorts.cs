using System.Net;
using System.Net.Sockets;

namespace Ingestion.FaultInjection;

/// <summary>
/// Ports for the private servers and the services. Below Linux's ephemeral range (32768 and up), where a client
/// connection's local port may already hold a number that looks free to a test listener.
/// </summary>
internal static class FreePorts
{
    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            lock (Given)
            {
                if (Given.Contains(port) || !IsFree(port))
                {
                    continue;
                }

                Given.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException("No free TCP port between 20000 and 32000 on 127.0.0.1.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
