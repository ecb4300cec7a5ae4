export default function Page() {
  return (
    <main>
      <h1>AI + DePIN Convergence</h1>
      <p>
        How networks of independently owned GPUs, disks and radios meet AI&apos;s hunger for compute, data and
        bandwidth, and how to judge the tokens that pay for them.
      </p>
    </main>
  );
}
