package io.sumoclient.bench;

import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the client itself costs per call, without a server or a socket: an OkHttp application
 * interceptor answers every request with the canned bytes the loopback server sends, so the
 * client and the floor run the same OkHttp chain and Jackson decode, and the difference between
 * them is the client's own work (validation, encoding, call bookkeeping, error mapping checks).
 *
 * <p>This isolates the client's share, which the loopback suite cannot show precisely: there the
 * client, the floor and the server share two cores and the server dominates each call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallOverheadBenchmark {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final byte[] ONE = CannedBodies.account();
  private static final byte[] CREATED = CannedBodies.created();
  private static final byte[] LIST_100 = CannedBodies.list(100);

  @Param({Contenders.FLOOR, Contenders.CLIENT})
  public String contender;

  private Contender one;
  private Contender list100;

  @Setup(Level.Trial)
  public void start() {
    OkHttpClient http =
        Contenders.sharedOkHttp().newBuilder().addInterceptor(CallOverheadBenchmark::answer).build();
    one = Contenders.create(contender, "http://127.0.0.1:9/l0/api", http);
    list100 = Contenders.create(contender, "http://127.0.0.1:9/l100/api", http);
  }

  @TearDown(Level.Trial)
  public void stop() {
    one.close();
    list100.close();
  }

  @Benchmark
  public Object getOne() {
    return one.getAccount();
  }

  @Benchmark
  public Object createOne() {
    return one.createAccount();
  }

  @Benchmark
  public Object list100() {
    return list100.listAccounts();
  }

  private static Response answer(Interceptor.Chain chain) {
    Request request = chain.request();
    String path = request.url().encodedPath();
    byte[] body;
    if (request.method().equals("POST")) {
      body = CREATED;
    } else if (path.endsWith("/v1/serviceAccounts")) {
      body = LIST_100;
    } else {
      body = ONE;
    }
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .header("Content-Type", "application/json")
        .body(ResponseBody.create(body, JSON))
        .build();
  }
}
